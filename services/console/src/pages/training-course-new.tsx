import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { invalid } from '../components/field-error';
import { ErrorMessage } from '../components/status';
import { field, fieldErrors } from '../form';
import { Institution } from '../institutions';
import { navigate } from '../router';
import { hasRole, useSession } from '../session-context';
import { unwrap, useLoad } from '../use-load';
import {
  AUDIENCE,
  TIME_ZONE,
  UF,
  type Audience,
  type Modality,
  type NewCourse,
  type TimeZone,
  type Uf,
} from './training-course-options';
import { SessionInputs, sessionsOf } from './training-course-sessions';
import { MODALITY } from './training-types';

/** The organiser: a coordinator plans for any institution, an agency account for its own only. */
function Organiser({ errors }: { errors: Record<string, string> }) {
  const { session } = useSession();
  const coordinates = hasRole(session, 'admin', 'coordinator');
  const institutions = useLoad(
    async () =>
      coordinates
        ? (await unwrap(api.GET('/v1/institutions', { params: { query: { limit: 100 } } }))).items
        : [],
    `organisers:${coordinates}`,
  );
  const organiser = invalid(errors, 'organiserInstitutionId', 'course-organiser');
  if (!coordinates)
    return (
      <p>
        <input name="organiserInstitutionId" type="hidden" value={session.person.institutionId} />
        Instituição organizadora: <Institution id={session.person.institutionId} />
        {organiser.message}
      </p>
    );
  return (
    <div className="br-select">
      <label htmlFor="course-organiser">Instituição organizadora</label>
      <select
        id="course-organiser"
        name="organiserInstitutionId"
        defaultValue={session.person.institutionId}
        // The default applies once the options exist: the list arrives after the first render.
        key={institutions.data?.length ?? 0}
        {...organiser.attributes}
      >
        {institutions.data?.map((i) => (
          <option key={i.id} value={i.id}>
            {i.acronym} — {i.name}
          </option>
        ))}
      </select>
      {organiser.message}
      {institutions.error !== undefined && <ErrorMessage error={institutions.error} />}
    </div>
  );
}

function body(form: FormData, sessions: number): NewCourse {
  const modality = field(form, 'modality') as Modality;
  const timezone = field(form, 'timezone') as TimeZone;
  const description = field(form, 'description');
  const activityCodes = field(form, 'activityCodes')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const minAttendance = field(form, 'minAttendance');
  return {
    title: field(form, 'title'),
    ...(description ? { description } : {}),
    modality,
    ...(modality === 'online'
      ? {}
      : { place: { uf: field(form, 'uf') as Uf, municipalityCode: field(form, 'municipalityCode') } }),
    timezone,
    sessions: sessionsOf(form, sessions, timezone),
    capacity: Number(field(form, 'capacity')),
    audiences: form.getAll('audiences').filter((a): a is Audience => typeof a === 'string' && a in AUDIENCE),
    organiserInstitutionId: field(form, 'organiserInstitutionId'),
    ...(activityCodes.length ? { activityCodes } : {}),
    ...(minAttendance ? { completionRule: { minAttendanceShare: Number(minAttendance) / 100 } } : {}),
  };
}

/** Plans a course (status planned); on success the course's page opens. */
export function NewCoursePage() {
  const [modality, setModality] = useState<Modality>('in_person');
  const [sessions, setSessions] = useState(1);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const created = (await unwrap(
        api.POST('/v1/training/events', { body: body(new FormData(event.currentTarget), sessions) }),
      )) as unknown as { id: string };
      navigate(`/capacitacoes/${created.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  // Lists are named by their field ('audiences'); places and sessions by the part refused ('place.uf').
  const lists = fieldErrors(error);
  const errors = fieldErrors(error, 3);
  const at = (name: string, id: string) => invalid(errors, name, id);
  const title = at('title', 'course-title');
  const description = at('description', 'course-description');
  const modalityError = at('modality', 'course-modality');
  const place = at('place', 'course-place');
  const uf = at('place.uf', 'course-uf');
  const municipality = at('place.municipalityCode', 'course-municipality');
  const timezone = at('timezone', 'course-timezone');
  const capacity = at('capacity', 'course-capacity');
  const audiences = invalid(lists, 'audiences', 'course-audiences');
  const activityCodes = invalid(lists, 'activityCodes', 'course-activities');
  const completion = at('completionRule.minAttendanceShare', 'course-attendance');
  return (
    <section aria-labelledby="new-course-title">
      <h1 id="new-course-title">Planejar capacitação</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="br-input">
          <label htmlFor="course-title">Título</label>
          <input id="course-title" name="title" required maxLength={200} {...title.attributes} />
          {title.message}
        </div>
        <div className="br-textarea">
          <label htmlFor="course-description">Descrição (opcional)</label>
          <textarea id="course-description" name="description" maxLength={5000} {...description.attributes} />
          {description.message}
        </div>
        <div className="br-select">
          <label htmlFor="course-modality">Modalidade</label>
          <select
            id="course-modality"
            name="modality"
            value={modality}
            onChange={(e) => setModality(e.target.value as Modality)}
            {...modalityError.attributes}
          >
            {Object.entries(MODALITY).map(([code, text]) => (
              <option key={code} value={code}>
                {text}
              </option>
            ))}
          </select>
          {modalityError.message}
        </div>
        {modality !== 'online' && (
          <fieldset {...place.attributes}>
            <legend>Local</legend>
            <div className="br-select">
              <label htmlFor="course-uf">UF</label>
              <select id="course-uf" name="uf" defaultValue="" required {...uf.attributes}>
                <option value="">Selecione</option>
                {Object.entries(UF).map(([code, name]) => (
                  <option key={code} value={code}>
                    {code} — {name}
                  </option>
                ))}
              </select>
              {uf.message}
            </div>
            <div className="br-input">
              <label htmlFor="course-municipality">Código IBGE do município (7 dígitos)</label>
              <input
                id="course-municipality"
                name="municipalityCode"
                inputMode="numeric"
                maxLength={7}
                required
                {...municipality.attributes}
              />
              {municipality.message}
            </div>
            {place.message}
          </fieldset>
        )}
        <div className="br-select">
          <label htmlFor="course-timezone">Fuso horário das sessões</label>
          <select
            id="course-timezone"
            name="timezone"
            defaultValue="America/Sao_Paulo"
            {...timezone.attributes}
          >
            {Object.entries(TIME_ZONE).map(([code, text]) => (
              <option key={code} value={code}>
                {text}
              </option>
            ))}
          </select>
          {timezone.message}
        </div>
        <SessionInputs errors={errors} onCount={setSessions} />
        <div className="br-input">
          <label htmlFor="course-capacity">Vagas</label>
          <input
            id="course-capacity"
            name="capacity"
            type="number"
            min={1}
            max={5000}
            required
            {...capacity.attributes}
          />
          {capacity.message}
        </div>
        <fieldset {...audiences.attributes}>
          <legend>Públicos</legend>
          {Object.entries(AUDIENCE).map(([code, text]) => (
            <div className="br-checkbox" key={code}>
              <input id={`course-audience-${code}`} type="checkbox" name="audiences" value={code} />
              <label htmlFor={`course-audience-${code}`}>{text}</label>
            </div>
          ))}
          {audiences.message}
        </fieldset>
        <Organiser errors={errors} />
        <div className="br-input">
          <label htmlFor="course-activities">
            Atividades do IV Plano atendidas (opcional; códigos como 1.4.2, separados por vírgula)
          </label>
          <input id="course-activities" name="activityCodes" {...activityCodes.attributes} />
          {activityCodes.message}
        </div>
        <div className="br-input">
          <label htmlFor="course-attendance">
            Frequência mínima para o certificado, em % das horas (opcional; 75 % se vazio)
          </label>
          <input
            id="course-attendance"
            name="minAttendance"
            type="number"
            min={1}
            max={100}
            {...completion.attributes}
          />
          {completion.message}
        </div>
        {error !== undefined && (
          <ErrorMessage error={error} text="Não foi possível planejar a capacitação." />
        )}
        <button className="br-button primary" type="submit" disabled={busy}>
          Planejar capacitação
        </button>
      </form>
    </section>
  );
}
