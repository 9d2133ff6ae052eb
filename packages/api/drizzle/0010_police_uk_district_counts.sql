CREATE TABLE "police_uk_district_counts" (
	"import_id" uuid NOT NULL,
	"force" text NOT NULL,
	"month" text NOT NULL,
	"district" text NOT NULL,
	"area_code" text,
	"crime_type" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "police_uk_district_counts_import_id_force_month_district_crime_type_pk" PRIMARY KEY("import_id","force","month","district","crime_type"),
	CONSTRAINT "police_uk_district_counts_count_check" CHECK ("police_uk_district_counts"."count" > 0)
);
--> statement-breakpoint
ALTER TABLE "police_uk_district_counts" ADD CONSTRAINT "police_uk_district_counts_import_id_import_jobs_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "police_uk_district_counts_source_idx" ON "police_uk_district_counts" USING btree ("force","month","import_id");--> statement-breakpoint
INSERT INTO "police_uk_district_counts" ("import_id", "force", "month", "district", "area_code", "crime_type", "count")
  SELECT "import_id", "force", "month", "district", "area_code", "crime_type", sum("count")::int FROM "police_uk_counts"
  GROUP BY "import_id", "force", "month", "district", "area_code", "crime_type";--> statement-breakpoint
CREATE TRIGGER "police_uk_district_counts_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "police_uk_district_counts" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('police-uk');
