import { type IncomingMessage, Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { type Delivery, securityHeadersFor } from "./security-headers";

/**
 * next.config.ts's `headers()` reach the responses Next.js's router renders, but not the ones it
 * answers before them: its redirects (a missing trailing slash, doubled slashes, `index.html`)
 * drop them, and Node.js answers a request it cannot read (431 for headers too large, 400) on the
 * socket itself. Here every HTTP server of the process starts each response with the security
 * headers, which Next.js's own `headers()` then set again to the same values, and answers the
 * requests it cannot read with them too. Proxy (middleware) could not: it never sees those
 * responses, and would bring the Edge runtime to every request.
 */
export function sendSecurityHeadersOnEveryResponse(delivery: Delivery): void {
  const headers = securityHeadersFor(delivery);
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const response = args[1] as ServerResponse<IncomingMessage>;
      for (const { key, value } of headers) response.setHeader(key, value);
    } else if (event === "clientError" && this.listenerCount("clientError") === 0) {
      answerUnreadableRequest(args[0] as NodeJS.ErrnoException, args[1] as Socket, headers);
      return true;
    }
    return emit.call(this, event, ...args);
  };
}

/**
 * What Node.js itself answers a request it cannot read (lib/_http_server.js), with `headers`
 * added; the connection is ended rather than destroyed, so the client reads the answer before
 * the rest of its request is refused.
 */
function answerUnreadableRequest(error: NodeJS.ErrnoException, socket: Socket, headers: { key: string; value: string }[]): void {
  if (!socket.writable || socket.bytesWritten > 0) {
    socket.destroy(error);
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "408 Request Timeout" : "400 Bad Request";
  socket.end(`HTTP/1.1 ${status}\r\n${headers.map(({ key, value }) => `${key}: ${value}\r\n`).join("")}Connection: close\r\n\r\n`);
}
