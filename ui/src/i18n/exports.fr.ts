// Messages français des options des fichiers exportés : les réglages CSV par défaut dans cette langue.
import type { enExports } from "./exports.en";

export const frExports: { readonly [K in keyof typeof enExports]: string } = {
  "exports.csvDefault": "Réglé pour Excel en français\u00a0: points-virgules et marque d’ordre des octets. Décochez les deux pour un autre tableur.",
};
