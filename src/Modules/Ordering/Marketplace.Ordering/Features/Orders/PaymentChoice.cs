using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Ordering.Features.Orders;

internal static class PaymentChoice
{
    /// <summary>Card is refused while the alliance takes no cards (no Stripe keys): the buyer is told to choose another way.</summary>
    public static async Task<Error?> RefusedAsync(ISender sender, PaymentMethod method, CancellationToken cancellationToken) =>
        method == PaymentMethod.Card && !(await sender.Send(new GetPaymentOptionsQuery(), cancellationToken)).CardsEnabled
            ? Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["PaymentMethod"] = [Bilingual.Pick(
                    "Hiện không nhận thanh toán bằng thẻ: hãy chọn chuyển khoản hoặc thanh toán khi nhận hàng.",
                    "Cards are not taken at the moment: choose bank transfer or cash on delivery.")],
            })
            : null;
}
