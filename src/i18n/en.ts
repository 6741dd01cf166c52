// English message catalogue, typed against the German reference: a missing or
// extra key is a type error.

import type { Messages } from './de.ts';

export const en: Messages = {
  meta: {
    languageName: 'English',
    productName: 'Lotse',
    tagline: 'Hiring international professionals',
    description:
      'Lotse helps small and medium-sized companies hire international STEM professionals: check the routes to a residence permit, plan the process, get advice from IQ-Service MINT Kaiserslautern.',
    pageTitle: (title: string): string => `${title} – Lotse`,
  },
  layout: {
    skipLink: 'Skip to content',
    mainNavLabel: 'Main navigation',
    nav: {
      home: 'Home',
      check: 'Check',
      recognition: 'Recognition',
      about: 'About',
    },
    languageNavLabel: 'Language',
    signedInAs: (name: string): string => `Signed in as ${name}`,
    logout: 'Sign out',
    footerProduct: 'Lotse – an application for IQ-Service MINT Kaiserslautern',
    openSource: 'Open source',
    footerAbout: 'About Lotse and data protection',
    footerLawStatus: 'State of the legal figures',
    disclaimer: 'Lotse gives information, not legal advice; the authorities decide.',
  },
  home: {
    title: 'Hiring international professionals',
    heading: 'Hiring international professionals – step by step',
    lead:
      'Would you like to employ a professional from abroad in your company? Lotse shows you which routes to a residence permit are open to the person, which requirements are already met and what is still missing – in plain language, with no legal knowledge needed. For your specific case, IQ-Service MINT Kaiserslautern advises you in person.',
    entriesHeading: 'Where would you like to start?',
    cards: {
      check: {
        title: 'Check the routes',
        text: 'Answer questions about the qualification, the job and the salary. Lotse shows which routes – such as the EU Blue Card – are open and which requirements are still outstanding.',
        link: 'Start a check',
      },
      recognition: {
        title: 'Find recognition',
        text: 'Does the foreign qualification need recognition? For the occupation and the place of work, Lotse names the competent body, the costs, the duration and what the outcome means for residence.',
        link: 'Find recognition',
      },
      plan: {
        title: 'Plan the process',
        text: 'The process plan builds on the check: it puts the steps in order, from the recognition of the qualification to the visa and the arrival, and names the authorities in charge.',
        link: 'Begin with the check',
      },
      advice: {
        title: 'Advice from the service office',
        text: 'IQ-Service MINT Kaiserslautern supports companies in the region in hiring international professionals in mathematics, computing, natural sciences and technology.',
        link: 'More about the service office',
      },
    },
    howHeading: 'How it works',
    steps: [
      {
        title: 'Enter the details',
        text: 'You answer questions about the person, their qualification and the planned job. You do not need any legal knowledge for this.',
      },
      {
        title: 'Read the result',
        text: 'Lotse shows which routes are open, which requirements are met and what is still missing – each with the legal provision it is based on.',
      },
      {
        title: 'Plan the process and get advice',
        text: 'The result becomes a plan with the next steps. You clarify open questions with the service office; the competent authority makes the decision.',
      },
    ],
    advisersHeading: 'For advisers',
    advisersText: 'Do you work for the service office? Sign in to create and follow cases.',
    advisersLink: 'Sign in',
  },
  about: {
    title: 'About Lotse',
    heading: 'About Lotse',
    lead:
      'A pilot – “Lotse” in German – guides ships safely through difficult waters into port. This application aims to do the same for companies that want to hire an international professional: to show the way through residence law, recognition and the authorities.',
    whatHeading: 'What Lotse does',
    whatItems: [
      'check which routes to a residence permit are open to a professional, and show which requirements are met and which are still missing,',
      'present the process, from recognition to arrival, as a plan with the next steps,',
      'help the advisers of the service office follow their cases.',
    ],
    officeHeading: 'The service office',
    officeText:
      'Lotse was developed for IQ-Service MINT Kaiserslautern. The service office advises small and medium-sized companies in the region that want to hire professionals in science, technology, engineering and mathematics (STEM) from abroad, and supports them through the procedure. For personal advice, please contact the service office directly.',
    openSourceHeading: 'Open source',
    openSourceText:
      'Lotse is free software under the GNU Affero General Public License (AGPL-3.0-or-later). Anyone may read, review and reuse the source code; other advice centres can run Lotse themselves.',
    privacyHeading: 'Data protection in brief',
    privacyItems: [
      'Lotse loads nothing from other servers: no external fonts, no analytics and no advertising services.',
      'A cookie stores only your choice of language, when you change it. It contains no information about you.',
      'Information about people and cases is accessible only to signed-in advisers of the service office.',
    ],
    privacyMore: 'The operator of this installation provides the full privacy policy.',
    disclaimerHeading: 'No legal advice',
    disclaimerText:
      'Lotse gives information, not legal advice; the authorities decide. The results are based on your details and on the state of the regulations that Lotse names in each case. Binding decisions are made by the immigration office (Ausländerbehörde), the German mission abroad (embassy or consulate), the Federal Employment Agency (Bundesagentur für Arbeit) and the recognition authorities.',
  },
  errors: {
    backHome: 'Go to the home page',
    requestIdLabel: 'Error reference',
    requestIdHelp: 'If you contact the service office, please quote this reference. It lets us trace what happened.',
    notFound: {
      title: 'Page not found',
      text: 'There is no page at this address. The address may be mistyped, or the page may have moved.',
      hint: 'Check the address or start again from the home page.',
    },
    badRequest: {
      title: 'The request could not be processed',
      text: 'The details sent were incomplete or could not be read.',
      hint: 'Please go back and try again.',
    },
    forbidden: {
      title: 'Access denied',
      text: 'You do not have permission to see this page, or your session has expired.',
      hint: 'Reload the previous page or sign in again.',
    },
    tooLarge: {
      title: 'The data is too large',
      text: 'The file or input you sent is larger than allowed.',
      hint: 'Make the file smaller and try again.',
    },
    tooManyRequests: {
      title: 'Too many requests',
      text: 'Too many requests arrived in a short time.',
      hint: 'Please wait a moment and then try again.',
    },
    serverError: {
      title: 'Something went wrong',
      text: 'The page could not be shown because of an error in Lotse. It was not caused by what you entered.',
      hint: 'Please try again in a few minutes.',
    },
  },
  inputErrors: {
    summaryTitle: 'Please correct the following',
    malformedText: (field: string) => `The field "${field}" contains a character that is not allowed (a NUL character or an incomplete Unicode character).`,
    invalidEncoding: (field: string) => `The field "${field}" is not encoded as valid UTF-8 in the address.`,
  },
};
