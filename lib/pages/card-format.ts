/** The size every platform crops social cards to without loss. */
export const socialCardSize = { width: 1200, height: 630 };

export const socialCardType = "image/png";
