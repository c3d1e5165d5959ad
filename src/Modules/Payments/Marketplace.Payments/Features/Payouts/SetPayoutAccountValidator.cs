using FluentValidation;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Payments.Features.Payouts;

internal sealed class SetPayoutAccountValidator : AbstractValidator<SetPayoutAccountCommand>
{
    private const string NamePattern = @"^[\p{L}0-9][\p{L}\p{M}0-9 .,'’&()/\p{Pd}]*$";

    private static string NameMessage => Bilingual.Pick(
        "{PropertyName} bắt đầu bằng chữ cái hoặc chữ số và chỉ gồm chữ, số, dấu cách và . , ' & ( ) / -",
        "{PropertyName} starts with a letter or digit and holds only letters, digits, spaces and . , ' & ( ) / -");

    public SetPayoutAccountValidator()
    {
        // These three go into the bank's bulk-transfer file, which people open in a spreadsheet: a name is
        // letters, digits and the punctuation of names, never starting with what a spreadsheet runs as a formula.
        RuleFor(c => c.BankName)
            .NotEmpty()
            .MaximumLength(100)
            .Matches(NamePattern)
            .WithMessage(_ => NameMessage)
            .WithName(_ => Bilingual.Pick("Ngân hàng", "Bank"));
        RuleFor(c => c.AccountNumber)
            .NotEmpty()
            .Must(n => n.Count(char.IsAsciiLetterOrDigit) is >= 6 and <= 34)
            .WithMessage(_ => Bilingual.Pick(
                "Số tài khoản có từ 6 đến 34 chữ số hoặc chữ cái.", "An account number has 6 to 34 letters or digits."))
            .Matches("^[A-Za-z0-9][A-Za-z0-9 .-]*$")
            .WithMessage(_ => Bilingual.Pick(
                "Số tài khoản chỉ gồm chữ số, chữ cái, dấu cách, dấu chấm và gạch ngang.",
                "An account number holds only digits, letters, spaces, dots and dashes."))
            .WithName(_ => Bilingual.Pick("Số tài khoản", "Account number"));
        RuleFor(c => c.AccountHolder)
            .NotEmpty()
            .MaximumLength(100)
            .Matches(NamePattern)
            .WithMessage(_ => NameMessage)
            .WithName(_ => Bilingual.Pick("Chủ tài khoản", "Account holder"));
        RuleFor(c => c.Country).NotEmpty().Matches("^[A-Za-z]{2}$").WithName(_ => Bilingual.Pick("Quốc gia (mã 2 chữ)", "Country (2-letter code)"));
        RuleFor(c => c.StripeAccountId)
            .Matches("^acct_[A-Za-z0-9]+$").When(c => !string.IsNullOrWhiteSpace(c.StripeAccountId))
            .WithMessage(_ => Bilingual.Pick("Mã tài khoản Stripe bắt đầu bằng \"acct_\".", "A Stripe account id starts with \"acct_\"."));
    }
}
