CREATE TABLE "plan_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" text NOT NULL,
	"plan_year" integer NOT NULL,
	"status" text NOT NULL,
	"based_on" uuid,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"adopted_on" date,
	"adopted_by" uuid,
	"override_reason" text,
	"published_on" date,
	"published_link" text,
	CONSTRAINT "plan_revisions_status_check" CHECK ("plan_revisions"."status" in ('draft', 'adopted', 'published'))
);
--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- One adopted (or published) revision per plan and year; the rule is the domain's adoptionRefusal, this is its backstop.
CREATE UNIQUE INDEX "plan_revisions_one_adopted_key" ON "plan_revisions" USING btree ("plan_id","plan_year") WHERE "plan_revisions"."status" <> 'draft';--> statement-breakpoint
CREATE TABLE "crime_table_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "crime_table_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"measure" text NOT NULL,
	"period" text NOT NULL,
	"table" jsonb NOT NULL,
	"origin" text NOT NULL,
	"stored_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone NOT NULL,
	"superseded_by" uuid
);
--> statement-breakpoint
ALTER TABLE "crime_table_versions" ADD CONSTRAINT "crime_table_versions_superseded_by_users_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crime_table_versions_measure_period_idx" ON "crime_table_versions" USING btree ("measure","period");--> statement-breakpoint
ALTER TABLE "crime_tables" DROP CONSTRAINT "crime_tables_origin_check";--> statement-breakpoint
ALTER TABLE "crime_tables" ADD CONSTRAINT "crime_tables_origin_check" CHECK ("crime_tables"."origin" in ('plan', 'import', 'upload'));--> statement-breakpoint
CREATE TABLE "duty_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_id" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date NOT NULL,
	"done_by" uuid,
	"evidence" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duty_completions" ADD CONSTRAINT "duty_completions_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duty_completions_rule_due_key" ON "duty_completions" USING btree ("rule_id","due_on");
