CREATE TABLE "police_uk_sources" (
	"force" text NOT NULL,
	"month" text NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "police_uk_sources_force_month_pk" PRIMARY KEY("force","month")
);
--> statement-breakpoint
DROP INDEX "police_uk_counts_import_id_idx";--> statement-breakpoint
ALTER TABLE "police_uk_counts" DROP CONSTRAINT "police_uk_counts_month_district_crime_type_pk";--> statement-breakpoint
ALTER TABLE "police_uk_counts" ADD COLUMN "force" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "police_uk_counts" ADD CONSTRAINT "police_uk_counts_import_id_force_month_district_crime_type_pk" PRIMARY KEY("import_id","force","month","district","crime_type");--> statement-breakpoint
ALTER TABLE "police_uk_sources" ADD CONSTRAINT "police_uk_sources_import_id_import_jobs_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "police_uk_sources_import_idx" ON "police_uk_sources" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "police_uk_counts_source_idx" ON "police_uk_counts" USING btree ("force","month","import_id");--> statement-breakpoint
-- Counts stored before forces were kept stood for every force in their month, one import each.
INSERT INTO "police_uk_sources" ("force", "month", "import_id")
  SELECT DISTINCT ON ("month") '', "month", "import_id" FROM "police_uk_counts" ORDER BY "month", "import_id";--> statement-breakpoint
CREATE TRIGGER "police_uk_sources_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "police_uk_sources" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('police-uk');
