import { SearchPage } from "@/components/search-page";
import { searchPage, searchPageMetadata } from "@/lib/pages";

export const metadata = searchPageMetadata;

export default function SearchRoute() {
  return <SearchPage page={searchPage()} />;
}
