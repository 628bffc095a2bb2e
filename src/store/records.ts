import { indicatorSchema, measureSchema, prioritySchema, scenarioSchema, taskSchema } from '../model/schema';

export const recordSchemas = {
  priorities: prioritySchema,
  tasks: taskSchema,
  measures: measureSchema,
  indicators: indicatorSchema,
  scenarios: scenarioSchema,
} as const;
