import { municipalityCount, municipalityIn } from './municipalities';

describe('IBGE municipalities', () => {
  it('knows every municipality of the 2024 division', () => {
    expect(municipalityCount()).toBe(5571);
  });

  it('finds a code in its own UF only', () => {
    expect(municipalityIn('PR', '4108304')).toEqual({ code: '4108304', uf: 'PR', name: 'Foz do Iguaçu' });
    expect(municipalityIn('SP', '4108304')).toBeUndefined();
  });

  it('refuses codes that are not in the table', () => {
    expect(municipalityIn('SP', '3550309')).toBeUndefined();
    expect(municipalityIn('SP', 'constructor')).toBeUndefined();
  });
});
