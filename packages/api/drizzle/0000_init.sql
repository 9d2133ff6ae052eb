CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"partnership_area_code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"document" jsonb NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crime_table_rows" (
	"table_id" integer NOT NULL,
	"position" integer NOT NULL,
	"area_code" text NOT NULL,
	"volume" integer NOT NULL,
	"rate" double precision,
	"trend" double precision,
	CONSTRAINT "crime_table_rows_table_id_area_code_pk" PRIMARY KEY("table_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "crime_tables" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "crime_tables_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"measure" text NOT NULL,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"source" jsonb NOT NULL,
	"origin" text NOT NULL,
	"plan_id" text,
	"complete" boolean DEFAULT true NOT NULL,
	"completeness_notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "crime_tables_origin_check" CHECK ("crime_tables"."origin" in ('plan', 'import')),
	CONSTRAINT "crime_tables_period_check" CHECK ("crime_tables"."period_from" <= "crime_tables"."period_to")
);
--> statement-breakpoint
CREATE TABLE "asb_case_review_returns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "asb_case_review_returns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" text,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"applications" integer NOT NULL,
	"threshold_not_met" integer NOT NULL,
	"reviews_carried_out" integer NOT NULL,
	"reviews_with_recommendations" integer NOT NULL,
	"further_information_url" text,
	"source" jsonb NOT NULL,
	CONSTRAINT "asb_case_review_returns_period_check" CHECK ("asb_case_review_returns"."period_from" <= "asb_case_review_returns"."period_to")
);
--> statement-breakpoint
CREATE TABLE "plan_action_counts" (
	"plan_id" text NOT NULL,
	"action_id" text NOT NULL,
	"position" integer NOT NULL,
	"priority_id" text NOT NULL,
	"priority_note" text,
	"heading" text NOT NULL,
	"description" text NOT NULL,
	"location" text,
	"count" integer NOT NULL,
	"unit" text NOT NULL,
	"power" text,
	"period" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	CONSTRAINT "plan_action_counts_plan_id_action_id_pk" PRIMARY KEY("plan_id","action_id"),
	CONSTRAINT "plan_action_counts_count_check" CHECK ("plan_action_counts"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "crime_table_rows" ADD CONSTRAINT "crime_table_rows_table_id_crime_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."crime_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_tables" ADD CONSTRAINT "crime_tables_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asb_case_review_returns" ADD CONSTRAINT "asb_case_review_returns_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_counts" ADD CONSTRAINT "plan_action_counts_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "crime_tables_measure_period_key" ON "crime_tables" USING btree ("measure","period");--> statement-breakpoint
CREATE UNIQUE INDEX "asb_case_review_returns_period_key" ON "asb_case_review_returns" USING btree ("period_from","period_to");