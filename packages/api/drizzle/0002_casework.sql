CREATE TABLE "asb_case_review_bodies" (
	"case_review_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "asb_case_review_bodies_case_review_id_organisation_id_pk" PRIMARY KEY("case_review_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "asb_case_review_complaints" (
	"case_review_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"position" integer NOT NULL,
	"behaviour_on" date NOT NULL,
	"complained_on" date NOT NULL,
	"received_by" uuid NOT NULL,
	"incident_key" text,
	"hate_incident" boolean,
	CONSTRAINT "asb_case_review_complaints_case_review_id_ref_pk" PRIMARY KEY("case_review_id","ref"),
	CONSTRAINT "asb_case_review_complaints_dates_check" CHECK ("asb_case_review_complaints"."complained_on" >= "asb_case_review_complaints"."behaviour_on")
);
--> statement-breakpoint
CREATE TABLE "asb_case_review_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "asb_case_review_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_review_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"on" date NOT NULL,
	"event" jsonb NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asb_case_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"received_on" date NOT NULL,
	"applicant_type" text NOT NULL,
	"victim_consent" boolean,
	"reporting_individuals" integer,
	"state" text NOT NULL,
	"personal" jsonb NOT NULL,
	"threshold_evaluation" jsonb,
	"threshold_decision" jsonb,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "asb_case_reviews_applicant_type_check" CHECK ("asb_case_reviews"."applicant_type" in ('victim', 'third-party'))
);
--> statement-breakpoint
CREATE TABLE "action_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"power" text NOT NULL,
	"date" date NOT NULL,
	"agency_id" uuid NOT NULL,
	"priority_id" text,
	"place" text,
	"count" integer NOT NULL,
	"notes" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "action_records_count_check" CHECK ("action_records"."count" > 0)
);
--> statement-breakpoint
CREATE TABLE "pspos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"place" text NOT NULL,
	"kind" text NOT NULL,
	"made_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"extensions" jsonb NOT NULL,
	"variations" jsonb NOT NULL,
	"discharged_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pspos_kind_check" CHECK ("pspos"."kind" in ('standard', 'expedited')),
	CONSTRAINT "pspos_dates_check" CHECK ("pspos"."starts_on" >= "pspos"."made_on" and "pspos"."ends_on" >= "pspos"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "asb_case_review_bodies" ADD CONSTRAINT "asb_case_review_bodies_case_review_id_asb_case_reviews_id_fk" FOREIGN KEY ("case_review_id") REFERENCES "public"."asb_case_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asb_case_review_bodies" ADD CONSTRAINT "asb_case_review_bodies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asb_case_review_complaints" ADD CONSTRAINT "asb_case_review_complaints_case_review_id_asb_case_reviews_id_fk" FOREIGN KEY ("case_review_id") REFERENCES "public"."asb_case_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asb_case_review_complaints" ADD CONSTRAINT "asb_case_review_complaints_received_by_organisations_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asb_case_review_events" ADD CONSTRAINT "asb_case_review_events_case_review_id_asb_case_reviews_id_fk" FOREIGN KEY ("case_review_id") REFERENCES "public"."asb_case_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asb_case_review_events" ADD CONSTRAINT "asb_case_review_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asb_case_reviews" ADD CONSTRAINT "asb_case_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_records" ADD CONSTRAINT "action_records_agency_id_organisations_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_records" ADD CONSTRAINT "action_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pspos" ADD CONSTRAINT "pspos_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_settings" ADD CONSTRAINT "app_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asb_case_review_bodies_organisation_id_idx" ON "asb_case_review_bodies" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "asb_case_review_events_seq_key" ON "asb_case_review_events" USING btree ("case_review_id","seq");--> statement-breakpoint
CREATE INDEX "asb_case_reviews_received_on_idx" ON "asb_case_reviews" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "asb_case_reviews_state_idx" ON "asb_case_reviews" USING btree ("state");--> statement-breakpoint
CREATE INDEX "action_records_date_idx" ON "action_records" USING btree ("date");