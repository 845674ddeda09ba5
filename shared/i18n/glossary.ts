/** The ideas every part of Recoupe names (paragraph kinds, boilerplate, story): one term each, in each catalog. */
export const GLOSSARY_IDEAS = [
  'identical',
  'edited',
  'partial',
  'paraphrase',
  'dropped',
  'added',
  'moved',
  'boilerplate',
  'story',
] as const;

/** One idea of the glossary. */
export type GlossaryIdea = (typeof GLOSSARY_IDEAS)[number];

/** A term as it starts a label ("Partly kept"). */
export function capitalised(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}
