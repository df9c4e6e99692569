// French messages for changing a book's passphrase; typed against rekey.en.ts so a missing key fails to compile.
import type { enRekey } from "./rekey.en";

export const frRekey: { readonly [K in keyof typeof enRekey]: string } = {
  "rekey.title": "Phrase secrète",
  "rekey.hint": "Pour un carnet ouvert avec une phrase secrète. Liaison copie le carnet sous la nouvelle phrase et ne le remplace qu’une fois la copie vérifiée ; les sauvegardes antérieures gardent l’ancienne phrase.",
  "rekey.current": "Phrase secrète actuelle",
  "rekey.new": "Nouvelle phrase secrète",
  "rekey.confirm": "Nouvelle phrase secrète, à nouveau",
  "rekey.change": "Changer la phrase secrète",
  "rekey.changing": "Changement…",
  "rekey.mismatch": "Les deux nouvelles phrases diffèrent.",
  "rekey.tooShort": "Une nouvelle phrase secrète compte au moins {n} caractères.",
  "rekey.wrongCurrent": "Ce n’est pas la phrase secrète actuelle du carnet.",
  "rekey.keychain": "La clé de votre carnet est gardée dans le trousseau du système : il n’a pas de phrase secrète à changer. Sa clé de récupération est ci-dessous.",
  "rekey.done": "Phrase secrète changée. Utilisez désormais la nouvelle.",
  "rekey.same": "La nouvelle phrase secrète est l’actuelle.",
  "rekey.recoveryShape": "Cela a la forme d’une clé de récupération : choisissez des mots dont vous vous souviendrez.",
} as const;
