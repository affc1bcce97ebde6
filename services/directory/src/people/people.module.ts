import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DIRECTORY_CONFIG, type DirectoryConfig } from '../config';
import { InstitutionsModule } from '../institutions/institutions.module';
import { AccountService } from './account.service';
import { TotpSecretBox } from './credentials/totp';
import { loadTotpKey } from './credentials/totp-key';
import { PeopleHandler } from './people.handler';
import { PeopleService } from './people.service';
import { PEOPLE_SETTINGS, peopleSettingsFrom } from './people.settings';
import { PersonRepository } from './person.repository';
import { PersonRecord, PersonSchema } from './person.schema';
import { SessionRepository } from './session.repository';
import { SessionRecord, SessionSchema } from './session.schema';
import { SessionService } from './session.service';

/** People's accounts, invitations and browser sessions. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: PersonRecord.name, schema: PersonSchema },
      { name: SessionRecord.name, schema: SessionSchema },
    ]),
    InstitutionsModule,
  ],
  controllers: [PeopleHandler],
  providers: [
    PersonRepository,
    SessionRepository,
    PeopleService,
    SessionService,
    AccountService,
    // Fails the boot in production without DIRECTORY_TOTP_KEY.
    {
      provide: TotpSecretBox,
      inject: [DIRECTORY_CONFIG],
      useFactory: (config: DirectoryConfig) => new TotpSecretBox(loadTotpKey(config)),
    },
    { provide: PEOPLE_SETTINGS, inject: [DIRECTORY_CONFIG], useFactory: peopleSettingsFrom },
  ],
})
export class PeopleModule {}
