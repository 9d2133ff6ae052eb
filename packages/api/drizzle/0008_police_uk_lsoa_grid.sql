CREATE TABLE "police_uk_grid_counts" (
	"import_id" uuid NOT NULL,
	"force" text NOT NULL,
	"month" text NOT NULL,
	"lsoa" text NOT NULL,
	"cell" text NOT NULL,
	"crime_type" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "police_uk_grid_counts_import_id_force_month_lsoa_cell_crime_type_pk" PRIMARY KEY("import_id","force","month","lsoa","cell","crime_type"),
	CONSTRAINT "police_uk_grid_counts_count_check" CHECK ("police_uk_grid_counts"."count" > 0)
);
--> statement-breakpoint
ALTER TABLE "police_uk_counts" DROP CONSTRAINT "police_uk_counts_import_id_force_month_district_crime_type_pk";--> statement-breakpoint
ALTER TABLE "police_uk_counts" ADD COLUMN "lsoa" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "police_uk_counts" ADD CONSTRAINT "police_uk_counts_import_id_force_month_district_lsoa_crime_type_pk" PRIMARY KEY("import_id","force","month","district","lsoa","crime_type");--> statement-breakpoint
ALTER TABLE "police_uk_grid_counts" ADD CONSTRAINT "police_uk_grid_counts_import_id_import_jobs_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "police_uk_grid_counts_source_idx" ON "police_uk_grid_counts" USING btree ("force","month","import_id");--> statement-breakpoint
CREATE TRIGGER "police_uk_grid_counts_read_model" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "police_uk_grid_counts" FOR EACH STATEMENT EXECUTE FUNCTION "read_model_bump"('police-uk');
