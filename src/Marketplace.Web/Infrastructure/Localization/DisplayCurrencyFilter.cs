using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>
/// Before a page is rendered, reads the rate of the second currency its visitor chose (a cookie),
/// so that <c>@Html.Approximate(price)</c> can show prices in it: one small query, and only for a
/// visitor who chose one. No rate set yet: the page shows đồng alone.
/// </summary>
internal sealed class DisplayCurrencyFilter(DisplayCurrency display, ISender sender) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // An error page shows đồng alone: it must render when the database does not.
        var http = context.HttpContext;
        var errorPage = http.Features.Get<IExceptionHandlerFeature>() is not null || http.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!errorPage
            && DisplayCurrency.ChosenBy(http) is { } currency
            && await sender.Send(new GetExchangeRateQuery(currency), http.RequestAborted) is { } rate)
        {
            display.Use(rate.Currency, rate.VndPerUnit, rate.SetAt);
        }

        await next();
    }
}
