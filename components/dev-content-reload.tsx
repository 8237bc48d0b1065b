import { currentContentVersion, devReloadScript } from "@/lib/dev-reload";

/**
 * In `npm run dev` only: reloads the open page soon after a content file is saved. Other builds
 * render nothing, so the export and `next start` stay without this script.
 */
export function DevContentReload() {
  if (process.env.NODE_ENV !== "development") return null;
  return <script data-content-version={currentContentVersion()} dangerouslySetInnerHTML={{ __html: devReloadScript }} />;
}
