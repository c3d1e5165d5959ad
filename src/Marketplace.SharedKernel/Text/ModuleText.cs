using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Marketplace.SharedKernel.Text;

/// <summary>
/// A module's texts: its own table (the marker type's Resources/*.resx, beside its pages), then
/// the shared one, so a page writes <c>T["cart.title"]</c> and <c>T["nav.home"]</c> alike and a
/// word every module uses ("Lưu", a status) is translated once.
/// </summary>
public sealed class ModuleText<TModule>(IStringLocalizerFactory factory) : IStringLocalizer<TModule>
{
    private readonly IStringLocalizer own = factory.Create(typeof(TModule));
    private readonly IStringLocalizer shared = factory.Create(typeof(SharedText));

    public LocalizedString this[string name] => Pick(own[name], () => shared[name]);

    public LocalizedString this[string name, params object[] arguments] => Pick(own[name, arguments], () => shared[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        own.GetAllStrings(includeParentCultures).Concat(shared.GetAllStrings(includeParentCultures));

    private static LocalizedString Pick(LocalizedString first, Func<LocalizedString> then) => first.ResourceNotFound ? then() : first;
}

public static class ModuleTextRegistration
{
    /// <summary>Lets the module's pages and handlers ask for <c>IStringLocalizer&lt;TModule&gt;</c>.</summary>
    public static IServiceCollection AddModuleText<TModule>(this IServiceCollection services) =>
        services.AddSingleton<IStringLocalizer<TModule>, ModuleText<TModule>>();
}
