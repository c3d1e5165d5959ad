using Marketplace.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>Identity's error messages in the request's language, from the "identity.*" strings.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Describe(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Describe(nameof(ConcurrencyFailure));

    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken));

    public override IdentityError RecoveryCodeRedemptionFailed() => Describe(nameof(RecoveryCodeRedemptionFailed));

    public override IdentityError LoginAlreadyAssociated() => Describe(nameof(LoginAlreadyAssociated));

    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidUserName), userName ?? string.Empty);

    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail), email ?? string.Empty);

    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateUserName), userName);

    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail), email);

    public override IdentityError InvalidRoleName(string? role) => Describe(nameof(InvalidRoleName), role ?? string.Empty);

    public override IdentityError DuplicateRoleName(string role) => Describe(nameof(DuplicateRoleName), role);

    public override IdentityError UserAlreadyHasPassword() => Describe(nameof(UserAlreadyHasPassword));

    public override IdentityError UserLockoutNotEnabled() => Describe(nameof(UserLockoutNotEnabled));

    public override IdentityError UserAlreadyInRole(string role) => Describe(nameof(UserAlreadyInRole), role);

    public override IdentityError UserNotInRole(string role) => Describe(nameof(UserNotInRole), role);

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Describe(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Describe(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Describe(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Describe(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Describe(nameof(PasswordRequiresUpper));

    private IdentityError Describe(string code, params object[] arguments) =>
        new() { Code = code, Description = text["identity." + code, arguments] };
}
