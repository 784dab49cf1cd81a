import { describe, expect, it } from 'vitest';
import {
  DISCLAIMER_FAMILIES,
  disclaimerFamilies,
  disclaimerKinds,
  disclosureHeadingKind,
  opensDisclosure,
} from '../../../lib/text/disclaimers';

/** Each family: sentences it must take, and faithful twins from another field or site that must stay quiet. */
const cases: Record<string, { fires: string[]; quiet: string[] }> = {
  'fda-statement': {
    fires: [
      'These statements have not been evaluated by the FDA.',
      'Listing a study does not mean it has been evaluated by the U.S. Federal Government.',
    ],
    quiet: ['The drug has been evaluated by the FDA.', 'Approval does not mean the vaccine works for everyone.'],
  },
  'not-advice': {
    fires: [
      'This article is not intended to provide medical advice.',
      'Never disregard professional medical advice or delay in seeking it because of something you have read here.',
    ],
    quiet: ['The patients were given medical advice by nurses.', 'Lawyers do not provide legal advice for free.'],
  },
  'no-substitute': {
    fires: [
      'It is not intended to substitute for the advice of your health care provider.',
      'This content does not replace the advice of your doctor.',
      'It is not intended to be a substitute for professional medical advice.',
    ],
    quiet: [
      'Margarine is a substitute for butter.',
      'Robots will not replace the factory workers soon.',
      'Telehealth should not replace in-person care by a physician.',
      'Home pregnancy tests should not be relied upon to rule out an ectopic pregnancy.',
      'Supplements are not a substitute for medical treatment, the authors warn.',
    ],
  },
  'information-only': {
    fires: ['This content is for informational purposes only.', 'Provided for informational and educational purposes only.'],
    quiet: ['Only a few purposes were stated.'],
  },
  'not-diagnosis': {
    fires: ['This site is not intended to diagnose or treat any disease.'],
    quiet: ['The test can diagnose and treat early.', 'The plague could not be diagnosed or treated in time in the remote village.'],
  },
  'other-languages': { fires: ['Dieser Text ersetzt keine ärztliche Beratung.'], quiet: ['Dieser Text beschreibt eine Studie.'] },
  'see-a-professional': {
    fires: [
      'If you do get chest symptoms, mention it to your health care professional.',
      'Take chronic breathlessness seriously and see your doctor before it gets worse.',
      'Let your GP know if the rash spreads.',
    ],
    quiet: ['I went to see my doctor about the cough.', 'When you see your doctor, bring a list of your medicines.'],
  },
  'ask-a-professional': {
    fires: [
      'Talk to your doctor before stopping any medicine.',
      'Consult a pharmacist before taking two painkillers together.',
      'People with kidney disease should check with their doctor before taking them.',
      'Before beginning any treatment, it is advisable to seek the advice of a licensed healthcare professional.',
    ],
    quiet: ['A consultant chest physician saw him in the clinic.', 'The patient was advised to consult a doctor about the rash.'],
  },
  commission: {
    fires: [
      'We may earn a portion of sales from products purchased through our site.',
      'This post may contain affiliate and/or referral links.',
      'We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.',
      'Purchases made through links on this page may earn us a commission.',
    ],
    quiet: ['Sales of the drug earned the company a fortune.', 'The Securities and Exchange Commission may fine the firm.'],
  },
  'affiliate-label': { fires: ['DIGG PICKS | AFFILIATE'], quiet: ['The clinic is an affiliate of the university hospital.'] },
  'purchase-pays-us': {
    fires: [
      'If you buy something through this post, IGN may get a share of the sale.',
      'If you purchase through our links, Verywell may receive a share of revenue.',
    ],
    quiet: ['If you buy a house this year, you may get a tax break.', 'If you click the button, the clinic will send a reminder.'],
  },
  'reader-supported': { fires: ['Live Science is supported by its audience.'], quiet: ['The trial was supported by its sponsor.'] },
  'sponsored-content': {
    fires: [
      'Health Solutions From Our Sponsors',
      'This article is sponsored by VitaCo.',
      'Sponsored by Acme Labs',
      'Promoted content by Outbrain',
    ],
    quiet: [
      'Our readers suggested the topic.',
      'Exercise promoted healthy ageing in the study by Lee.',
      'The bill, sponsored by two senators, passed on Tuesday.',
      'The hospital, in partnership with the university, opened a new ward.',
    ],
  },
  'sponsored-item': {
    fires: [
      "This week's Tennis Podcast is sponsored by the Davis Cup by Rakuten Madrid Finals, which takes place 18-24 November.",
      'This sponsored deal is brought to you by Dashlane.',
      "Today's episode is brought to you by Headspace.",
    ],
    quiet: ["This week's charity run was sponsored by local shops.", 'The podcast was sponsored by a brewery, the lawsuit alleges.'],
  },
  'sponsored-title': {
    fires: ['Sponsored: Sip, Savor, Celebrate', 'SPONSORED: Five ways to sleep better'],
    quiet: [
      'Sponsors: Senators Lee and Kaine',
      'Sponsored: the bill would raise the minimum wage to fifteen dollars an hour across the whole state by 2025',
    ],
  },
  compensated: {
    fires: ['This shop has been compensated by #CollectiveBias, Inc. and its advertiser.', 'All opinions are mine alone. #ad'],
    quiet: ['Farmers were compensated for the lost harvest.', 'Children with #ADHD were followed for a year.'],
  },
  'sponsor-credit': {
    fires: ['IFC Markets Sponsored', 'Market Update sponsored by', 'The Ultimate Way to Get Cheap Hotel Rooms Sponsored by Save70.com'],
    quiet: [
      'The study was sponsored by Pfizer',
      'The bill, sponsored by two senators, passed on Tuesday.',
      'Sponsored walks raise money for the ward.',
      'Sponsored Account',
    ],
  },
  'sponsor-label': {
    fires: ['Sponsored Links', 'Sponsored Links Sponsored Links', '| SPONSORED', 'Paid Partner', 'CNNMoney Sponsors', 'Sponsored Posts'],
    quiet: ['Our Sponsors', 'Sponsors of the bill met on Monday.'],
  },
  'disclosure-label': {
    fires: ['Disclosures: Drs. Anderson and Gorry report grants from the National Institute on Aging.'],
    quiet: ['The company would not disclose the amount.'],
  },
  'interests-declared': {
    fires: [
      'Competing interests: none declared.',
      'The authors declare that they have no competing interests.',
      'He reports that he has no financial relationships or interests to disclose.',
    ],
    quiet: [
      'Their interests competed for attention.',
      'Doctors who take industry money face conflicts of interest, a 2017 survey found.',
      'The panel’s conflicts of interest were widely criticised.',
    ],
  },
  funding: {
    fires: [
      'This work was supported by the National Institute on Aging.',
      'The study was funded by Eisai, the manufacturer.',
      'The trial was supported in part by a grant from the Heart Foundation.',
      'Funding for Incubation Grants comes from Good Ventures, a large foundation with which we work closely.',
      'The trial was funded by the drug maker, which also designed it.',
    ],
    quiet: [
      'This work was hard for the families.',
      'Many studies funded by the sugar industry played down the harms of sugar.',
      'The findings are supported by earlier work from the Karolinska Institute.',
      'Funding for the health service comes from general taxation.',
      'The festival was sponsored by local cheese makers.',
    ],
  },
  'payments-and-holdings': {
    fires: [
      'She has stock options/holdings with Targeted Diagnostics.',
      'The author has received consulting fees from the manufacturer.',
      'Dr. Rossi reports speaker fees from several drug companies.',
      'I own shares in a supplement company that sells curcumin products.',
    ],
    quiet: [
      'She has a history of asthma.',
      'We have to pay fees for every visit to the clinic.',
      'She received a grant to study asthma in children.',
      'He owns shares in a local football club.',
      'We reported the fees charged by hospitals in 2019.',
    ],
  },
  employment: {
    fires: [
      'The lead author is a director at the company whose product was studied.',
      'One of the study’s authors is medical director at Aimmune Therapeutics, which makes the drug.',
    ],
    quiet: ['The lead author is a doctor at the hospital.', 'Jane Doe, who is the CEO of Acme Pharmaceuticals, welcomed the ruling.'],
  },
  'views-not-ours': {
    fires: ['Opinions expressed by Forbes Contributors are their own.', 'The views expressed in this article are those of the author.'],
    quiet: ['Opinions of patients were collected in interviews.', 'The views from the summit are stunning.'],
  },
  'editorial-control': {
    fires: [
      'The editors maintain full editorial control of the content.',
      'These partnerships do not influence our editorial content.',
      'Cleveland Clinic does not endorse non-Cleveland Clinic products or services.',
      'The funder had no role in the design of the study or the decision to publish.',
    ],
    quiet: [
      'The nurses maintain full control of the ward.',
      'The American Heart Association does not endorse the diet, its spokesman said.',
      'The newspaper’s editorial independence was threatened by the new owner.',
      'The parents had no role in the design of the school lunch programme.',
    ],
  },
  'reviewed-by': {
    fires: [
      'Medically reviewed by Daniel Bubnis, M.S.',
      'Written by Jane Roe | Reviewed by Hansa Bhargava, MD',
      'Reviewed by: Dr. Ann Lee',
    ],
    quiet: [
      'The studies were reviewed by the panel.',
      'He said so according to a transcript reviewed by Business Insider.',
      'The scans were reviewed by John Smith, MD, a radiologist at the hospital.',
    ],
  },
};

describe('disclaimer families', () => {
  it('has a case for every family', () => {
    expect(Object.keys(cases).sort()).toEqual(DISCLAIMER_FAMILIES.map((f) => f.family).sort());
  });

  describe.each(Object.entries(cases))('%s', (family, { fires, quiet }) => {
    it.each(fires)('fires on “%s”', (sentence) => expect(disclaimerFamilies(sentence)).toContain(family));
    it.each(quiet)('stays quiet on “%s”', (sentence) => expect(disclaimerFamilies(sentence)).toEqual([]));
  });
});

describe('disclaimerKinds', () => {
  it('takes no request to disclose for a disclosure', () => {
    expect(disclaimerKinds('Please disclose any conflicts of interest or leave the box unchecked.')).toEqual([]);
  });

  it('gives a “Disclosure:” label the kind of what it discloses, and its own when nothing else is said', () => {
    expect(disclaimerKinds('Disclosure: ZDNet may earn a commission from some of the products featured on this page.')).toEqual([
      'affiliate',
    ]);
    expect(disclaimerKinds('Disclosure: Dr. Lee reports grants from Pfizer.')).toEqual(['conflict-of-interest']);
    expect(disclaimerKinds('Disclosures: none.')).toEqual(['conflict-of-interest']);
  });

  it('reads a page’s own “not to diagnose or treat” as advice, not a patient’s care', () => {
    expect(disclaimerKinds('This app is not intended to diagnose or treat any condition.')).toEqual(['medical-advice']);
    expect(disclaimerKinds('By providing this information we are not diagnosing, treating or curing any disease.')).toEqual([
      'medical-advice',
    ]);
    expect(disclaimerKinds('The plague could not be diagnosed or treated in time in the remote village.')).toEqual([]);
  });
});

describe('disclosure headings and labels', () => {
  it('reads a disclosure heading', () => {
    expect(disclosureHeadingKind('Primary Funding Source:')).toBe('conflict-of-interest');
    expect(disclosureHeadingKind('Sources of sugar')).toBeNull();
  });

  it('knows a paragraph that opens with a disclosure label', () => {
    expect(opensDisclosure("Editors' Disclosures: Christine Laine, MD, reports that her spouse has stock options.")).toBe(true);
    expect(opensDisclosure('Competing interests: none.')).toBe(true);
    expect(opensDisclosure('The company would not disclose the amount: it said so on Monday.')).toBe(false);
  });
});
