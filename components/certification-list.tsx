import type { Certification } from "@/lib/content";
import { linkClass } from "./link-class";

interface CertificationListProps {
  certifications: Certification[];
}

/** Certifications with the body that awards each, linked to its page about it. */
export function CertificationList({ certifications }: CertificationListProps) {
  return (
    <ul className="space-y-2">
      {/* Two certifications may share a page (an issuer's list of them); the position tells them apart. */}
      {certifications.map((certification, index) => (
        <li key={index}>
          <a href={certification.url} className={linkClass}>
            {certification.name}
          </a>
          <span className="block text-sm text-slate-600 dark:text-slate-400">{certification.issuer}</span>
        </li>
      ))}
    </ul>
  );
}
