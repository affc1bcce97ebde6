// The referrals routes answer untyped objects in the OpenAPI document; the view below follows the
// contract's `Referral` (libs/contracts/src/referrals/referral.ts).
export interface ReferralView {
  id: string;
  caseId: string;
  senderInstitutionId: string;
  receiverInstitutionId: string;
  service: string;
  urgency: string;
  status: string;
  deadline: string;
  overdue: boolean;
  sharing: { identifiers: boolean; reason: string };
  reason?: string;
  outcome?: string;
  version: number;
  sentAt: string;
  core?: Record<string, unknown>;
  identifiers?: Record<string, unknown>;
}

export interface ReferralPage {
  items: ReferralView[];
  nextCursor: string | null;
}
