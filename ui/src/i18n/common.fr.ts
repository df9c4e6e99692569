// French messages for shared by every screen: the app's name, common words, the core's error codes and field validation; typed against common.en.ts so a missing key fails to compile.
import type { enCommon } from "./common.en";

export const frCommon: { readonly [K in keyof typeof enCommon]: string } = {
  "app.name": "Liaison",
  "app.loading": "Ouverture de votre carnet…",

  "error.validation": "Certains champs sont à corriger.",
  "error.not_found": "Cette personne n’existe plus.",
  "error.database_too_new": "Ces données viennent d’une version plus récente de Liaison. Mettez l’application à jour pour les ouvrir.",
  "error.database_locked": "Le fichier de données est occupé par un autre programme. Réessayez dans un instant.",
  "error.database_corrupt": "Le fichier de données est endommagé et n’a pas pu être lu.",
  "error.read_only": "Le fichier de données est en lecture seule : rien ne peut être enregistré.",
  "error.disk_full": "Le disque est plein : rien n’a pu être enregistré.",
  "error.io": "Le dossier de données n’a pas pu être lu ou écrit.",
  "error.wrong_key": "Cette phrase secrète ou clé de récupération n’ouvre pas vos données. Rien n’a été modifié.",
  "error.key_required": "Vos données sont chiffrées. Saisissez leur phrase secrète ou leur clé de récupération pour les ouvrir.",
  "error.internal": "Un problème est survenu.",
  "error.details": "Détails : {message}",
  "error.retry": "Réessayer",

  "valid.display_name": "Un nom est requis : prénom, nom ou nom affiché.",
  "valid.country": "Utilisez un code pays ISO à deux lettres, comme FR, CA ou CN.",
  "valid.time_zone": "Utilisez un fuseau IANA, comme Europe/Paris ou America/Montreal.",
  "valid.email": "Ce n’est pas une adresse e-mail (nom@domaine.tld).",
  "valid.phone": "Un numéro compte de 4 à 20 chiffres, avec espaces et + - . ( ) /",
  "valid.url": "Ce n’est pas une adresse web (https://…).",
  "valid.language": "« {value} » n’est pas un code de langue comme fr, en ou zh-Hans.",
  "valid.rating": "Les notes vont de 1 à 5.",
  "valid.cadence": "Le rythme va de 1 à 3650 jours.",
  "valid.handleMissing": "Un canal a besoin d’un identifiant ou d’une URL.",
  "valid.handleSpaces": "Sur cette plateforme, un identifiant ne contient pas d’espace.",
  "valid.date": "Utilisez une date comme 2026-11-22.",
  "valid.wholeNumber": "Saisissez un nombre entier.",

  "common.notSet": "Non renseigné",

  "common.cancel": "Annuler",
  "common.undo": "Annuler",
  "common.markdownHint": "Markdown : **gras**, *italique*, - listes, [liens](https://…)",

  "error.bad_file": "Ce fichier n’a pas pu être lu.",
  "error.file_too_new": "Ce fichier vient d’une version plus récente de Liaison. Mettez l’application à jour pour l’importer.",
  "error.cancelled": "Annulé. Rien n’a été écrit.",
  "error.confirm_required": "Cela remplacerait ou supprimerait plus de la moitié de vos fiches : rien n’a été écrit.",
};
