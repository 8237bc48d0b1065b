import type { Config } from "tailwindcss";

export default {
  theme: {
    extend: {
      fontFamily: {
        // System fonts: nothing to download, no layout shift, and familiar on every device.
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
      maxWidth: { prose: "68ch" },
    },
  },
} satisfies Config;
