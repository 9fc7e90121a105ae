import { roleTips } from './define';

export const teacherTips = roleTips('teacher', 'teacher', [
  [
    'learning-goal',
    'foundation',
    'State the learning goal and how you will check it when you ask for an exercise.',
    'Noem het leerdoel en hoe je het toetst als je om een opdracht vraagt.',
  ],
  [
    'student-work',
    'foundation',
    'Remove names from student work before asking for feedback suggestions.',
    'Haal namen uit werk van leerlingen voordat je om feedbacksuggesties vraagt.',
  ],
  [
    'school-rules',
    'organisation',
    "Follow your school's rules on AI for pupils and staff, and explain them in class.",
    'Volg de AI-regels van je school voor leerlingen en personeel en leg ze uit in de klas.',
  ],
  [
    'curriculum',
    'organisation',
    'Paste the curriculum goals so exercises match what your school teaches.',
    'Plak de leerdoelen uit het curriculum, zodat opdrachten passen bij wat je school onderwijst.',
  ],
  [
    'check-answers',
    'durable-skills',
    'Solve the generated exercises yourself; answer keys from AI contain mistakes.',
    'Maak de gegenereerde opdrachten zelf; antwoordsleutels van AI bevatten fouten.',
  ],
  [
    'differentiate',
    'durable-skills',
    'Ask for the same exercise at three levels, then pick and adapt.',
    'Vraag om dezelfde opdracht op drie niveaus en kies en pas daarna aan.',
    ['writing'],
  ],
  [
    'assessment',
    'breakthrough',
    'Redesign an assignment so it rewards thinking that AI cannot do for the pupil.',
    'Herontwerp een opdracht zodat die denkwerk beloont dat AI niet voor de leerling kan doen.',
  ],
  [
    'misconceptions',
    'co-intelligence',
    'Ask the AI which misconceptions pupils usually have about a topic before you teach it.',
    'Vraag de AI welke misvattingen leerlingen meestal over een onderwerp hebben voordat je het geeft.',
  ],
]);
