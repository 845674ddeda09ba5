import { createContext, useContext } from 'react';

/** True while the open folder is the bundled demo: every outlet badge then says its article is fictional. */
export const FictionalContext = createContext(false);

/** Whether the articles shown are the demo's invented ones. */
export function useFictional(): boolean {
  return useContext(FictionalContext);
}
