import { DomainError } from '@elo/contracts';
import { assertStrongPassword, passwordWeakness } from './password-policy';

describe('password policy', () => {
  it('accepts a long phrase of one’s own', () => {
    expect(passwordWeakness('trilha-serena-do-cerrado')).toBeNull();
    expect(passwordWeakness('Ipê amarelo em agosto')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting characters rather than UTF-16 units', () => {
    expect(passwordWeakness('Xk9#mQ2$vL7')).toMatch(/at least 12/); // 11
    expect(passwordWeakness('Xk9#mQ2$vL7!')).toBeNull(); // 12
    expect(passwordWeakness('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toMatch(/at least 12/); // 11 emoji, 22 units
  });

  it.each(['123qweasdzxc', '1qaz2wsx3edc', 'Q1W2E3R4T5Y6'])('refuses %s, in the list', (password) =>
    expect(passwordWeakness(password)).toMatch(/too common/),
  );

  it.each(['password2024!', 'Dragon123456', 'iloveyou!!!!!', 'football12345'])(
    'refuses %s, a listed password with trailing digits or symbols',
    (password) => expect(passwordWeakness(password)).toMatch(/too common/),
  );

  it.each(['aaaaaaaaaaaa', 'abababababab', '123456789012', 'abcdefghijklm', 'QWERTYUIOPASD'])(
    'refuses %s, a repetition or a run',
    (password) => expect(passwordWeakness(password)).toMatch(/too common/),
  );

  it('answers DIRECTORY.WEAK_PASSWORD naming the password field', () => {
    let caught: unknown;
    try {
      assertStrongPassword('password1234');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ code: 'DIRECTORY.WEAK_PASSWORD', errors: [{ field: 'password' }] });
  });

  it('names the field it is given (newPassword when a person changes it)', () => {
    const caught: unknown = (() => {
      try {
        assertStrongPassword('password1234', 'newPassword');
      } catch (error) {
        return error;
      }
    })();
    expect(caught).toMatchObject({ code: 'DIRECTORY.WEAK_PASSWORD', errors: [{ field: 'newPassword' }] });
  });
});
