import { NextResponse, type NextRequest } from "next/server";

/**
 * An address with a malformed percent-encoding (`/careers/%ZZ/`, a lone `%`) is the asker's
 * mistake, and gets 400. Next.js decodes a dynamic segment before any page code runs and answers
 * 500 when it cannot (vercel/next.js#92527). delivery.spec.ts asks every kind of page for such an
 * address, and fails on a 500. The static export has no server: nginx answers these itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.includes("%")) return NextResponse.next();
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse("Bad Request: the address holds a % that starts no character.\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
