-- Issue 11, the plan screen: the provincial task number a task carries on the province's
-- platform (省级任务编号), and the plan's own code (抽查计划编号) that the announcements print.
-- V001 has annual_plan.filed_date and published_date but no code column, so it is added here
-- too (one migration for the plan screen's new fields). NULL: not set yet.
ALTER TABLE task ADD COLUMN province_number VARCHAR(60);
ALTER TABLE annual_plan ADD COLUMN plan_code VARCHAR(60);
