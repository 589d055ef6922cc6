// The catalogue's public surface, so other parts import one module.
export * from './programme.js';
export * from './catalogue-error.js';
export { formatPath } from './describe-issues.js';
export {
  EXAMPLE_CATALOGUE_PATH,
  describeWorkProcess,
  findProgramme,
  loadCatalogue,
  parseCatalogue,
  parseCatalogueText,
  workProcessesOf,
  type Lang,
} from './load-catalogue.js';
export {
  findWorkProcess,
  isWorkProcessRef,
  offerWorkProcessRefs,
  programmeName,
  studentWorkProcessRefs,
  workProcessRefsOf,
  workProcessTitle,
  qualificationOf,
  workProcessCodeOf,
  workProcessRef,
} from './work-process-refs.js';
