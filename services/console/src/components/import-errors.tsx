export interface RowError {
  field?: string;
  message?: string;
  line?: number;
  column?: string;
}

/** Errors of an uploaded CSV, one table row per bad cell, ordered by line, so they can be fixed in order. */
export function sortRowErrors(errors: RowError[]): RowError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export function ImportErrors({ errors, detail }: { errors: RowError[]; detail?: string }) {
  const sorted = sortRowErrors(errors);
  return (
    <div className="br-message danger" role="alert">
      <div className="content">
        <p>Nenhum participante foi importado: corrija as linhas abaixo e envie o arquivo de novo.</p>
        {detail && <p>{detail}</p>}
        <table>
          <caption>{sorted.length} erro(s) no arquivo</caption>
          <thead>
            <tr>
              <th scope="col">Linha</th>
              <th scope="col">Coluna</th>
              <th scope="col">Problema</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((e, i) => (
              <tr key={i}>
                <td>{e.line ?? '—'}</td>
                <td>{e.column ?? e.field ?? '—'}</td>
                <td>{e.message ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
