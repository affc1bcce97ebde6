import { names } from '@nx/devkit';

export interface AggregateNames {
  /** kebab-case: case-note */
  fileName: string;
  /** PascalCase: CaseNote */
  className: string;
  /** camelCase: caseNote */
  propertyName: string;
  /** UPPER_SNAKE: CASE_NOTE */
  constantName: string;
  /** kebab-case plural, for folders, collections and routes: case-notes */
  plural: string;
}

export function aggregateNames(name: string): AggregateNames {
  const n = names(name);
  return {
    fileName: n.fileName,
    className: n.className,
    propertyName: n.propertyName,
    constantName: n.constantName,
    plural: n.fileName.endsWith('s') ? n.fileName : `${n.fileName}s`,
  };
}

/** The error group of a service: `referrals` → REFERRALS, and its const name ReferralsErrors. */
export function errorGroup(service: string): { prefix: string; constName: string } {
  const n = names(service);
  return { prefix: n.constantName, constName: `${n.className}Errors` };
}
