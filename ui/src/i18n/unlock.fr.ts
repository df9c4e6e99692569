// French messages for unlocking the book and the recovery key; typed against unlock.en.ts so a missing key fails to compile.
import type { enUnlock } from "./unlock.en";

export const frUnlock: { readonly [K in keyof typeof enUnlock]: string } = {
  "unlock.titleNew": "Choisissez une phrase secrète",
  "unlock.titleExisting": "Déverrouiller votre carnet",
  "unlock.why.no_keychain": "Le trousseau du système n’est pas disponible : Liaison ne peut pas y garder la clé de votre carnet.",
  "unlock.why.no_stored_key": "Le trousseau du système ne contient aucune clé pour ce carnet : il a été protégé par une phrase secrète, ou créé sur un autre ordinateur.",
  "unlock.why.stored_key_refused": "La clé du trousseau du système n’ouvre pas ce carnet : le fichier a peut-être été remplacé ou copié depuis ailleurs.",
  "unlock.askNew": "Votre carnet sera chiffré avec une phrase secrète de votre choix. Vous la saisirez à chaque ouverture de Liaison.",
  "unlock.askExisting": "Saisissez sa phrase secrète, ou la clé de récupération notée à sa création.",
  "unlock.passphrase": "Phrase secrète",
  "unlock.confirm": "Saisissez-la à nouveau",
  "unlock.secret": "Phrase secrète ou clé de récupération",
  "unlock.hintNew": "Au moins {min} caractères. Personne ne pourra la retrouver pour vous : gardez-la en lieu sûr.",
  "unlock.tooShort": "Utilisez au moins {min} caractères.",
  "unlock.mismatch": "Les deux phrases secrètes diffèrent.",
  "unlock.empty": "Saisissez la phrase secrète ou la clé de récupération.",
  "unlock.badRecoveryKey": "Cela ressemble à une clé de récupération avec une faute de frappe : vérifiez chaque groupe de quatre.",
  "unlock.show": "Afficher",
  "unlock.create": "Chiffrer et ouvrir",
  "unlock.open": "Ouvrir",
  "unlock.opening": "Ouverture…",
  "unlock.details": "Détails techniques",

  "recovery.title": "Votre clé de récupération",
  "recovery.why": "Liaison garde la clé de votre carnet dans le trousseau du système. Si ce trousseau est perdu (nouvel ordinateur, système réinstallé), cette clé de récupération est le seul moyen d’ouvrir votre carnet.",
  "recovery.printLine": "Clé de récupération Liaison. Elle ouvre le carnet {path} sans le trousseau du système. Gardez-la privée et en lieu sûr.",
  "recovery.print": "Imprimer",
  "recovery.done": "Je l’ai notée",
};
