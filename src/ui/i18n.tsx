/** The pane's language (chosen by the user or the host's) and the strings table lookup for components. */
import * as React from "react";
import { STRINGS, t, type Lang, type StringKey } from "../core/strings";

const LangContext = React.createContext<Lang>("vi");

export const LangProvider = LangContext.Provider;

export function useLang(): Lang {
  return React.useContext(LangContext);
}

type Args<K extends StringKey> = Parameters<(typeof STRINGS)[K]["vi"]>;

export type Translate = <K extends StringKey>(key: K, ...args: Args<K>) => string;

/** `tr("uiCell", "B12")` in the pane's language. */
export function useT(): Translate {
  const lang = useLang();
  return React.useCallback(
    (<K extends StringKey>(key: K, ...args: Args<K>) =>
      (t as unknown as (k: K, ...a: unknown[]) => string)(key, ...args, lang)) as Translate,
    [lang],
  );
}
