export { InstitutionCopyModule } from './institution-copy.module';
export { InstitutionCopyRepository, type InstitutionName } from './institution-copy.repository';
