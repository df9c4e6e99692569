// French messages for the Today screen; typed against today.en.ts so a missing key fails to compile.
import type { enToday } from "./today.en";

export const frToday: { readonly [K in keyof typeof enToday]: string } = {
  "today.title": "Aujourd’hui",
  "today.overdue": "En retard",
  "today.dueToday": "Pour aujourd’hui",
  "today.nothingDue": "Rien à faire. Profitez du calme.",
  "today.nothingElse": "Rien d’autre pour aujourd’hui.",
  "today.goingCold": "Relations qui refroidissent",
  "today.daysLate.one": "{count} jour de retard",
  "today.daysLate.other": "{count} jours de retard",
  "today.lastContact": "dernier contact {when}",
  "today.takers": "Ceux à qui l’on ne fait que prendre",
  "today.takersHint": "Ils ont donné (mentions, partages, contenus) sans rien recevoir. Donnez d’abord.",
  "today.noTakers": "Personne : chaque relation a sa part de don.",

  "today.events": "Événements",
  "today.noEvents": "Aucun événement dans les deux semaines.",
  "today.meetups": "Rencontres du jour",
  "today.noMeetups": "Aucune rencontre aujourd’hui.",
};
