// The IV Plano Nacional de Enfrentamento ao Tráfico de Pessoas (2024–2028) as seed data:
// seeds/plan.json holds one PlanSeed, generated from the source document by libs/seed-tools
// (`nx run seed-tools:build-plan-seed`).

/** An eixo estratégico, e.g. 1 "Estruturação da política" (title without the "Eixo 1 - " prefix). */
export interface PlanAxisSeed {
  number: number;
  title: string;
  description: string;
}

/** An ação prioritária, e.g. "2.5"; its code's first part is its axis. */
export interface PlanActionSeed {
  code: string;
  axis: number;
  title: string;
}

/** An atividade, e.g. "2.5.1"; its code without the last part is its action's code. */
export interface PlanActivitySeed {
  code: string;
  action: string;
  axis: number;
  text: string;
}

/** Every axis, action and activity of the plan, each list in the plan's order. */
export interface PlanSeed {
  axes: PlanAxisSeed[];
  actions: PlanActionSeed[];
  activities: PlanActivitySeed[];
}
