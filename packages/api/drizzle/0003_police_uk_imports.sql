CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"rows" bigint DEFAULT 0 NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"progress_updated_at" timestamp with time zone,
	"report" jsonb,
	"error" text,
	CONSTRAINT "import_jobs_status_check" CHECK ("import_jobs"."status" in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
	CONSTRAINT "import_jobs_kind_check" CHECK ("import_jobs"."kind" in ('police-uk'))
);
--> statement-breakpoint
CREATE TABLE "police_uk_counts" (
	"month" text NOT NULL,
	"district" text NOT NULL,
	"area_code" text,
	"crime_type" text NOT NULL,
	"count" integer NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "police_uk_counts_month_district_crime_type_pk" PRIMARY KEY("month","district","crime_type"),
	CONSTRAINT "police_uk_counts_month_check" CHECK ("police_uk_counts"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "police_uk_counts_count_check" CHECK ("police_uk_counts"."count" > 0)
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_uk_counts" ADD CONSTRAINT "police_uk_counts_import_id_import_jobs_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_jobs_created_at_idx" ON "import_jobs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "police_uk_counts_import_id_idx" ON "police_uk_counts" USING btree ("import_id");