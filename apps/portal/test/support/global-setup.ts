// Placeholder until the end-to-end suite lands.
export default async function setup() {}
