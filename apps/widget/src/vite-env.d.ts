// import.meta.env.SSR: Figures.svelte keeps its server-only markup out of the script.
/// <reference types="vite/client" />
