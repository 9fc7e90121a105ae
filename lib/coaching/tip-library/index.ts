import type { Tip } from '../tips';
import { customerSupportTips } from './customer-support';
import { dataAnalystTips } from './data-analyst';
import { executiveTips } from './executive';
import { financeTips } from './finance';
import { generalTips } from './general';
import { hrTips } from './hr';
import { legalTips } from './legal';
import { marketingTips } from './marketing';
import { productManagerTips } from './product-manager';
import { researcherTips } from './researcher';
import { salesTips } from './sales';
import { softwareEngineerTips } from './software-engineer';
import { teacherTips } from './teacher';

/** Every role's library tips, one file per role. */
export const libraryTips: Tip[] = [
  ...generalTips,
  ...softwareEngineerTips,
  ...dataAnalystTips,
  ...customerSupportTips,
  ...salesTips,
  ...marketingTips,
  ...hrTips,
  ...legalTips,
  ...financeTips,
  ...productManagerTips,
  ...executiveTips,
  ...teacherTips,
  ...researcherTips,
];
