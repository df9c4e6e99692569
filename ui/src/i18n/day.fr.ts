// French messages for the day's truths; typed against day.en.ts so a missing key fails to compile.
import type { enDay } from "./day.en";

export const frDay: { readonly [K in keyof typeof enDay]: string } = {
  "day.unknownHandle": "{text} : personne n’a ce pseudo",
  "day.problemHandle": "Personne n’a le pseudo {text}. Corrigez-le, ou choisissez « Une nouvelle personne » ci-dessous.",
  "day.week": "Cette semaine",
  "day.tomorrow": "Demain",
  "day.nothingWeek": "Rien de prévu pour les sept prochains jours.",
  "day.recoveryTitle": "Clé de récupération",
  "day.recoveryHint": "La clé de récupération ouvre votre carnet si le trousseau du système est perdu. Pour l’afficher à nouveau, Liaison interroge d’abord le trousseau, sinon vous saisissez la clé de récupération ou la phrase secrète.",
  "day.recoveryShow": "Afficher la clé de récupération",
  "day.recoveryAsk": "Le trousseau du système ne peut pas fournir la clé : saisissez la clé de récupération ou la phrase secrète du carnet.",
  "day.recoveryWrong": "Cela n’ouvre pas votre carnet.",
  "day.recoveryPassphrase": "Votre carnet est protégé par une phrase secrète : il n’a pas de clé de récupération. La phrase secrète est sa clé, gardez-la en lieu sûr.",
  "day.copy": "Copier",
  "day.keyCopied": "Clé de récupération copiée. Collez-la en lieu sûr, puis copiez autre chose par-dessus.",
  "day.copyFailed": "La clé n’a pas pu être copiée : sélectionnez-la et copiez-la à la main.",
  "day.keepAgain": "Notez-la ou imprimez-la, et gardez-la en lieu sûr. Vous pourrez l’afficher à nouveau dans les Réglages.",
};
