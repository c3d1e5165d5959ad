using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>
/// Form fields are read in the invariant culture, as the browser writes them, not in the reader's.
/// A number input sends "3.5" whatever the page's language; read in Vietnamese, where "." groups
/// thousands, MVC's default made it 35 (a commission rate of 3.5 % set as 35 %). Query strings and
/// routes are already invariant; text is unaffected.
/// </summary>
internal sealed class InvariantFormValues : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var factories = options.ValueProviderFactories;
        var index = factories.IndexOf(factories.OfType<FormValueProviderFactory>().Single());
        factories[index] = new Factory();
    }

    /// <summary>The framework's form value provider, given the invariant culture.</summary>
    private sealed class Factory : IValueProviderFactory
    {
        public Task CreateValueProviderAsync(ValueProviderFactoryContext context)
        {
            var request = context.ActionContext.HttpContext.Request;
            return request.HasFormContentType ? AddAsync(context, request) : Task.CompletedTask;
        }

        private static async Task AddAsync(ValueProviderFactoryContext context, Microsoft.AspNetCore.Http.HttpRequest request)
        {
            Microsoft.AspNetCore.Http.IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // As the framework's own factory does: a form that cannot be read is the client's fault (400), not ours.
                throw new ValueProviderException(e.Message, e);
            }

            context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
        }
    }
}
