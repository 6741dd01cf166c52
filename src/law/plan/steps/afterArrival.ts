// After arrival: the § 16d Abs. 1 qualification measure and follow-up recognition, the § 16d Abs. 3 recognition
// procedure of a recognition partnership, and the protected title "Ingenieur/in".

import * as D from '../../parameters/plan/durations.ts';
import * as F from '../../parameters/plan/fees.ts';
import { engineerTitleBody, vocationalBodyUnknown, RLP } from '../data/authorities.ts';
import type { Ctx, FeeSpec } from './context.ts';
import { add } from './context.ts';
import { equivalenceProcedure, recognised, vocationalBody } from './recognition.ts';

export function afterArrivalSteps(ctx: Ctx, firstDay: string | undefined): void {
  const { input, profile } = ctx;
  const assessment = input.qualification.germanAssessment;
  // Equivalence (or comparability) already found: nothing left to recognise after arrival.
  const settled = recognised(assessment);
  if (profile.qualification === 'measure' && firstDay && !settled) {
    const measure = add(ctx, {
      id: 'qualification-measure',
      actor: 'company',
      title: { de: 'Qualifizierungsmaßnahme (§ 16d Abs. 1)', en: 'Qualification measure (§ 16d (1))' },
      description: {
        de: 'Die Maßnahme schließt die im Bescheid genannten wesentlichen Unterschiede. Die Aufenthaltserlaubnis gilt bis zu 24 Monate, verlängerbar um bis zu 12 Monate auf höchstens 3 Jahre; daneben ist eine Beschäftigung bis zu 20 Stunden je Woche erlaubt.',
        en: 'The measure closes the substantial differences listed in the notice. The residence permit runs for up to 24 months, extendable by up to 12 months to at most 3 years; other work of up to 20 hours a week is allowed alongside.',
      },
      documents: ['partial-notice', 'measure-plan'],
      duration: D.durQualificationMeasure,
      dependsOn: [firstDay],
      ref: '§ 16d Abs. 1 AufenthG',
    });
    equivalenceProcedure(ctx, {
      idPrefix: 'follow-up-recognition',
      dependsOn: [measure],
      accelerated: false,
      milestone: false,
      followUp: true,
      purpose: {
        de: 'Folgeantrag auf volle Gleichwertigkeit nach der Maßnahme; danach Wechsel zu § 18a AufenthG oder Arbeitsplatzsuche nach § 20 Abs. 1 Nr. 4 (bis 18 Monate).',
        en: 'Follow-up application for full equivalence after the measure; then a switch to § 18a AufenthG, or job search under § 20 (1) no. 4 (up to 18 months).',
      },
    });
  }
  if (profile.qualification === 'partnership' && firstDay && assessment === 'partial') {
    // A deficit notice is held: the partnership starts from the adaptation the notice names, not from a new
    // recognition application; the follow-up application then asks for full equivalence.
    const adaptation = add(ctx, {
      id: 'partnership-adaptation',
      actor: 'company',
      title: { de: 'Anpassungsqualifizierung zum Defizitbescheid', en: 'Adaptation training for the deficit notice' },
      description: {
        de: 'Der Bescheid über die teilweise Gleichwertigkeit liegt schon vor; ein neuer Anerkennungsantrag ist nicht nötig. Arbeitgeber und Fachkraft schließen die im Bescheid genannten Unterschiede (Anpassungsqualifizierung im Betrieb oder bei einem Bildungsträger). Die Aufenthaltserlaubnis gilt 1 Jahr und wird verlängert, solange das Verfahren nachweislich betrieben wird (bis höchstens 3 Jahre).',
        en: 'The notice of partial equivalence is already held; no new recognition application is needed. Employer and skilled worker close the differences the notice names (adaptation training at work or with a training provider). The residence permit runs for 1 year and is extended while the procedure is shown to be pursued (up to 3 years in total).',
      },
      documents: ['partial-notice', 'partnership-agreement'],
      duration: D.durQualificationMeasure,
      dependsOn: [firstDay],
      ref: '§ 16d Abs. 3 AufenthG',
    });
    equivalenceProcedure(ctx, {
      idPrefix: 'partnership-recognition',
      dependsOn: [adaptation],
      accelerated: false,
      milestone: false,
      followUp: true,
      purpose: {
        de: 'Folgeantrag auf volle Gleichwertigkeit nach der Anpassungsqualifizierung, im Rahmen der Anerkennungspartnerschaft.',
        en: 'Follow-up application for full equivalence after the adaptation training, within the recognition partnership.',
      },
    });
  }
  if (profile.qualification === 'partnership' && firstDay && assessment === 'none') {
    const { authority } = vocationalBody(input);
    const start = add(ctx, {
      id: 'partnership-application',
      actor: 'candidate',
      title: { de: 'Anerkennungsverfahren nach der Einreise beantragen', en: 'Apply for recognition after entry' },
      description: {
        de: 'Wie vereinbart beantragt die Fachkraft unverzüglich nach der Einreise die Anerkennung. Die Aufenthaltserlaubnis gilt 1 Jahr und wird nur verlängert, wenn das Verfahren nachweislich betrieben wird (bis höchstens 3 Jahre).',
        en: 'As agreed, the skilled worker applies for recognition without delay after entry. The residence permit runs for 1 year and is only extended if the procedure is shown to be pursued (up to 3 years in total).',
      },
      documents: ['partnership-agreement', 'recognition-application'],
      authority: input.qualification.level === 'academic' ? vocationalBodyUnknown() : authority,
      duration: D.durPartnershipStart,
      dependsOn: [firstDay],
      ref: '§ 16d Abs. 3 AufenthG',
    });
    equivalenceProcedure(ctx, {
      idPrefix: 'partnership-recognition',
      dependsOn: [start],
      accelerated: false,
      milestone: false,
      purpose: { de: 'Anerkennungsverfahren im Rahmen der Anerkennungspartnerschaft.', en: 'Recognition procedure within the recognition partnership.' },
    });
  }
  if (input.qualification.engineerTitle && firstDay) {
    const rlp = input.federalState === RLP;
    const authority = engineerTitleBody(input.federalState);
    const fee: FeeSpec = {
      param: rlp ? F.feeEngineerTitleRlp : F.feeEngineerTitleOther,
      payer: 'candidate',
      norm: rlp ? 'IngKaG Rheinland-Pfalz' : 'Landesrecht',
    };
    let decisionDependsOn = firstDay;
    if (rlp) {
      decisionDependsOn = add(ctx, {
          id: 'engineer-title-receipt',
          actor: 'recognition-body',
          title: { de: 'Berufsbezeichnung „Ingenieur/in“: Antrag und Eingangsbestätigung', en: 'Title "Ingenieur/in": application and confirmation of receipt' },
          description: {
            de: 'Für die Beschäftigung ist die Berufsbezeichnung nicht nötig; um sich „Ingenieur/in“ zu nennen, braucht es die Entscheidung der Ingenieurkammer. Antragsberechtigt ist nur, wer in Rheinland-Pfalz arbeitet; Deutschkenntnisse sind nötig. Die Kammer bestätigt den Eingang binnen eines Monats.',
            en: 'The job does not need the title; to be called "Ingenieur/in" needs the chamber’s decision. Only persons working in Rhineland-Palatinate may apply; German is required. The chamber confirms receipt within one month.',
          },
          documents: ['engineer-title-application', 'degree-certificate', 'translations'],
          authority,
          duration: D.durEngineerReceipt,
          fee,
          dependsOn: [firstDay],
          ref: '§ 4 IngKaG',
        });
    }
    add(ctx, {
      id: 'engineer-title-decision',
      actor: 'recognition-body',
      title: { de: 'Berufsbezeichnung „Ingenieur/in“: Entscheidung', en: 'Title "Ingenieur/in": decision' },
      description: {
        de: 'Entscheidung über die Berechtigung, die Berufsbezeichnung „Ingenieur/in“ zu führen. Bei wesentlichen Unterschieden: Anpassungslehrgang oder Eignungsprüfung.',
        en: 'Decision on the right to use the title "Ingenieur/in". Where there are substantial differences: an adaptation period or an aptitude test.',
      },
      documents: rlp ? [] : ['engineer-title-application', 'degree-certificate', 'translations'],
      authority,
      duration: D.durEngineerDecision,
      ...(rlp ? {} : { fee }),
      dependsOn: [decisionDependsOn],
    });
  }
}
