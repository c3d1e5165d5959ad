using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Ordering.Features.Orders;

internal static class PaymentChoice
{
    /// <summary>
    /// Card is refused while the alliance takes no cards (no Stripe keys), MoMo while it has no MoMo
    /// partner keys: the buyer is told to choose another way.
    /// </summary>
    public static async Task<Error?> RefusedAsync(ISender sender, PaymentMethod method, CancellationToken cancellationToken)
    {
        if (!method.ThroughGateway())
        {
            return null;
        }

        var options = await sender.Send(new GetPaymentOptionsQuery(), cancellationToken);
        return method switch
        {
            PaymentMethod.Card when !options.CardsEnabled => Refused(Bilingual.Pick(
                "Hiện không nhận thanh toán bằng thẻ: hãy chọn chuyển khoản hoặc thanh toán khi nhận hàng.",
                "Cards are not taken at the moment: choose bank transfer or cash on delivery.")),
            PaymentMethod.MoMo when !options.MoMoEnabled => Refused(Bilingual.Pick(
                "Hiện không nhận thanh toán qua ví MoMo: hãy chọn chuyển khoản hoặc thanh toán khi nhận hàng.",
                "MoMo is not taken at the moment: choose bank transfer or cash on delivery.")),
            _ => null,
        };
    }

    /// <summary>
    /// MoMo takes one payment of 1,000 ₫ to 50,000,000 ₫: an order outside that is paid another way
    /// (one that asks nothing, its deposit having paid it all, is not sent to MoMo at all).
    /// </summary>
    public static Error? RefusedFor(PaymentMethod method, long amountVnd)
    {
        if (method != PaymentMethod.MoMo || amountVnd is 0 or (>= PaymentOptions.MoMoMinVnd and <= PaymentOptions.MoMoMaxVnd))
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture;
        var min = Money.Dong(PaymentOptions.MoMoMinVnd).Format(culture);
        var max = Money.Dong(PaymentOptions.MoMoMaxVnd).Format(culture);
        return Refused(Bilingual.Pick(
            $"Ví MoMo nhận mỗi lần thanh toán từ {min} đến {max}: hãy chọn chuyển khoản.",
            $"MoMo takes one payment of {min} to {max}: choose bank transfer."));
    }

    private static Error Refused(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["PaymentMethod"] = [message] });
}
