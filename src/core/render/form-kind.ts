/**
 * What differs between Forms 3, 4 and 5 on the printed page: the title, the
 * OMB box, and the wording of a few header boxes. Amendments print like the
 * form they amend, with the original filing date in its box.
 */
import type { DocumentType } from '../filing';

export type FormNumber = '3' | '4' | '5';

export interface FormWording {
  form: FormNumber;
  /** "FORM 4" or "FORM 4/A". */
  formName: string;
  title: string;
  ombNumber: string;
  burdenHours: string;
  /** Label of the box holding periodOfReport. */
  periodLabel: string;
  /** "Filing" on Forms 3 and 4, "Reporting" on Form 5. */
  jointLabel: string;
  /** Instruction cited by the "* If the form is filed by more than one reporting person" note. */
  multiOwnerInstruction: string;
}

export function formNumberOf(documentType: DocumentType): FormNumber {
  return documentType.charAt(0) as FormNumber;
}

export function isAmendment(documentType: DocumentType): boolean {
  return documentType.endsWith('/A');
}

export function formWording(documentType: DocumentType): FormWording {
  const form = formNumberOf(documentType);
  const formName = `FORM ${documentType}`;
  if (form === '3') {
    return {
      form,
      formName,
      title: 'INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES',
      ombNumber: '3235-0104',
      burdenHours: '0.5',
      periodLabel: 'Date of Event Requiring Statement (Month/Day/Year)',
      jointLabel: 'Individual or Joint/Group Filing (Check Applicable Line)',
      multiOwnerInstruction: '5 (b)(v)',
    };
  }
  if (form === '5') {
    return {
      form,
      formName,
      title: 'ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP',
      ombNumber: '3235-0362',
      burdenHours: '1.0',
      periodLabel: "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)",
      jointLabel: 'Individual or Joint/Group Reporting (Check Applicable Line)',
      multiOwnerInstruction: '4 (b)(v)',
    };
  }
  return {
    form,
    formName,
    title: 'STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP',
    ombNumber: '3235-0287',
    burdenHours: '0.5',
    periodLabel: 'Date of Earliest Transaction (Month/Day/Year)',
    jointLabel: 'Individual or Joint/Group Filing (Check Applicable Line)',
    multiOwnerInstruction: '4 (b)(v)',
  };
}
