/**
 * Words of health and the body. A sentence that only states a relationship or a figure ("led to",
 * "increased 5.3%") is a health claim only when it speaks of one of these: on a history or
 * economics page the same wording is no finding a reader of health news needs checked. The
 * namesakes of history and government (a "Treaty", the "Great Depression", a "policy-making
 * body") are left out, as a country's encyclopedia page uses them in every section. Diseases are
 * named too, by name ("malaria", "migraine") or by their endings ("arthritis", "psoriasis"), and the
 * eye's conditions by theirs ("myopia", "short-sightedness"; not "short-sighted", said of policies).
 */
export const HEALTH_TERMS =
  /\b(health\w*|medic\w*|disease\w*|disorder\w*|illness\w*|patients?|symptoms?|treat(?!y|ies)\w*|therap\w*|drugs?|medication\w*|vaccin\w*|cancer\w*|tumou?rs?|heart|cardi\w*|brain\w*|neur\w*|nerve\w*|blood|risk\w*|mortality|deaths?|dying|infect\w*|virus\w*|viral|bacteri\w*|allerg\w*|immun\w*|diet\w*|nutri\w*|vitamin\w*|supplement\w*|capsules?|tablets?|pills?|exercis\w*|obes\w*|weight|sleep\w*|slept|pain\w*|mental|anxi\w*|(?<!great |economic )depress\w*|cells?|cellular|muscle\w*|(?<!policy-making |governing |legislative |advisory )body|bodies|fat|hospital\w*|clinic\w*|dose\w*|diabet\w*|stroke\w*|lung\w*|liver|kidney\w*|gut|inflamm\w*|pregnan\w*|birth\w*|injur\w*|surg\w*|cholesterol|protein\w*|genes?|genetic\w*|dementia|alzheimer\w*|asthma|smok\w*|alcohol|cannabis|opioid\w*|calorie\w*|sugar|insulin|hormone\w*|skin|bone\w*|lymph\w*|x-rays?|breath\w*|diagnos\w*|steroid\w*|fatigue|dizz\w*|pulmon\w*|metabol\w*|side[- ]effects?|tolera(?:ted|ble|bility)|adverse|endorphin\w*|chest (?:pain|x-rays?|scans?|infections?)|malaria\w*|migraines?|hiv|influenza|flu|measles|tuberculosis|covid\w*|dengue|cholera|fevers?|coughs?|eczema|hypertension|epilep\w*|seizures?|autis\w*|adhd|fractures?|ulcers?|wounds?|an(?:a)?emi\w*|leuk(?:a)?emi\w*|teeth|tooth|dental|mosquito\w*|myopi\w*|(?:short|long|near|far)-?sightedness|cataracts?|glaucoma|retina\w*|macula\w*|eyesight|optometr\w*|ophthalm\w*|[a-z]{3,}(?:itis|osis|pathy|algia))\b/i;

/** True when a sentence speaks of health or the body. */
export function isAboutHealth(sentence: string): boolean {
  return HEALTH_TERMS.test(sentence);
}
