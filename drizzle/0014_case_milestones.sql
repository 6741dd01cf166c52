-- Issue 14, the case page's timeline: the milestones of the plan a case was created with (milestone id and the id of
-- the plan step that reaches it), so that the timeline finds each milestone's task (case_tasks.plan_step_id) without
-- building the plan again from the candidate's facts, which may have changed or been erased since.
ALTER TABLE "cases" ADD COLUMN "plan_milestones" jsonb DEFAULT '[]'::jsonb NOT NULL;
