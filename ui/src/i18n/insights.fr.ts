// French messages for insights and its charts; typed against insights.en.ts so a missing key fails to compile.
import type { enInsights } from "./insights.en";

export const frInsights: { readonly [K in keyof typeof enInsights]: string } = {
  "insights.title": "Relation",
  "insights.lastContact": "Dernier contact",
  "insights.never": "Jamais",
  "insights.cadence": "Rythme",
  "insights.onHold": "En pause",
  "insights.coldIn.one": "refroidit dans {count} jour",
  "insights.coldIn.other": "refroidit dans {count} jours",
  "insights.coldFor.one": "froide depuis {count} jour",
  "insights.coldFor.other": "froide depuis {count} jours",
  "insights.coldToday": "refroidit aujourd’hui",
  "insights.giveTake": "Donner et recevoir",
  "insights.totals": "{given} donnés · {received} reçus",
  "insights.byCategory": "Ce qui a été donné et reçu, par catégorie",
  "insights.category": "Catégorie",
  "insights.days90": "90 jours",
  "insights.allTime": "Depuis le début",
  "insights.givenShort": "Donné",
  "insights.receivedShort": "Reçu",
  "insights.total": "Total",
  "insights.valueHint": "Les influenceurs apprécient bien plus la co-création (31 %) et l’information exclusive (28 %) que la rémunération (16 %) ou les cadeaux (4 %).",

  "chart.title": "Activité des 12 derniers mois",
  "chart.none": "Aucune activité ces 12 derniers mois.",
  "chart.summary": "12 derniers mois : {given} donnés, {received} reçus, {neutral} neutres.",
  "chart.busiest": "Mois le plus actif : {month}.",
  "chart.tooltip": "{given} donnés, {received} reçus, {neutral} neutres",
};
